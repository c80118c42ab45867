package vn.congdoan.contracts.outreach;

/** The outreach forms the federation's plans name (docs/architecture.md §2), each with its Vietnamese label and kind. */
public enum ActivityForm {
    CONFERENCE_IN_PERSON("Hội nghị trực tiếp", Kind.GATHERING),
    CONFERENCE_ONLINE("Hội nghị trực tuyến", Kind.GATHERING),
    SEMINAR("Tọa đàm", Kind.GATHERING),
    UNION_MEETING("Sinh hoạt công đoàn", Kind.GATHERING),
    ORAL_OUTREACH("Tuyên truyền miệng", Kind.GATHERING),
    WEBSITE_POST("Tin bài trên website", Kind.POST),
    FANPAGE_POST("Tin bài trên fanpage", Kind.POST),
    SOCIAL_MEDIA_POST("Tin bài trên mạng xã hội", Kind.POST),
    PANO("Pano", Kind.VISUAL),
    SLOGAN("Khẩu hiệu", Kind.VISUAL),
    BANNER("Phướn", Kind.VISUAL),
    ELECTRONIC_BOARD("Bảng tin điện tử", Kind.VISUAL),
    LED_SCREEN("Màn hình LED", Kind.VISUAL),
    LEAFLET("Tờ rơi, tờ gấp", Kind.VISUAL),
    POSTER("Poster", Kind.VISUAL),
    QA_BOOKLET("Tài liệu hỏi - đáp", Kind.PUBLICATION),
    NEWSLETTER("Bản tin", Kind.PUBLICATION),
    TV_MAGAZINE("Tạp chí truyền hình", Kind.PUBLICATION),
    INFOGRAPHIC("Infographic", Kind.PUBLICATION),
    AUDIO("Thông tin audio", Kind.AUDIO),
    EMULATION_MOVEMENT("Phong trào thi đua", Kind.EMULATION);

    /** Gatherings have attendance; posts have reach; the others have neither necessarily. */
    public enum Kind {
        GATHERING, POST, VISUAL, PUBLICATION, AUDIO, EMULATION
    }

    private final String label;
    private final Kind kind;

    ActivityForm(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }
}
