package vn.congdoan.contracts.unit;

/** Where a grassroots union's members work: targets are set separately for the two. */
public enum Sector {
    /** cơ quan, đơn vị hành chính sự nghiệp */
    PUBLIC_SECTOR,
    /** doanh nghiệp */
    ENTERPRISE
}
