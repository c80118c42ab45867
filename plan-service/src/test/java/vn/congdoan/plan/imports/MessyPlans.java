package vn.congdoan.plan.imports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A small plan typed the way real ones arrive: its header as a flattened table (tabs), stray
 * spaces, hard line breaks inside sentences, a deadline on a line of its own, words without
 * diacritics, "quý 4", "Q.IV", "THƯỜNG XUYÊN", and the signature beside the recipients.
 */
final class MessyPlans {

    private MessyPlans() {}

    static String withHeader() {
        return String.join("\n",
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BAN THƯỜNG VỤ\t\tĐộc lập - Tự do - Hạnh phúc",
                "Số: 45/KH-LĐLĐ\t\tBình Định, ngày 10 tháng 8 năm 2021",
                "",
                "KẾ HOẠCH",
                "Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị",
                "",
                "Căn cứ Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị; Ban Thường vụ xây dựng kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích",
                "-  Tuyên truyền  tới các cấp công đoàn.",
                "2. Yêu cầu",
                "- Nội dung tuyên truyền phải đúng định hướng.",
                "II. CHỈ TIÊU",
                "1. Phấn đấu hằng năm có hơn 90% ĐVNLĐ trong các cơ quan, đơn vị hành chính sự nghiệp và hơn 65% trở lên",
                "ĐVNLĐ trong các doanh nghiệp được tham gia học tập.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Liên đoàn Lao động tỉnh",
                "1.1. Giao Ban Tuyên giáo - Nữ công",
                "- Tham mưu xây dựng kế hoạch tuyên truyền (Hoan thanh trong thang 8/2021).",
                "- Tổ chức hội nghị (Hoàn thành trong quý 4/2021).",
                "- Đăng tải tài liệu (Q.IV/2021).",
                "- Theo dõi, đôn đốc các cấp (THƯỜNG XUYÊN).",
                "- Tổng hợp kết quả, báo cáo về LĐLĐ tỉnh",
                "",
                "(truoc ngay 30/11 hang nam).",
                "- Phối hợp đưa tin lên website,",
                "fanpage Công đoàn Bình Định (thuong xuyen).",
                "2. Công đoàn cấp trên cơ sở và CĐCS trực thuộc",
                "\t-   Xây  dựng\tkế hoạch ở cấp mình  (hang nam).",
                "",
                "Nơi nhận:\t\t\tTM. BAN THƯỜNG VỤ",
                "- Như trên;\t\t\tCHỦ TỊCH",
                "- Lưu: VT.",
                "\t\t\t(Đã ký)",
                "\t\t\tNguyễn Mạnh Hùng",
                "");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    static String windowsLineEnds(String text) {
        return text.replace("\n", "\r\n");
    }

    static String oldMacLineEnds(String text) {
        return text.replace("\n", "\r");
    }

    static byte[] withBom(byte[] utf8) {
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }
}
