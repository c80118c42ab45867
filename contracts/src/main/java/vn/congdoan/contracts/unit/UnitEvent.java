package vn.congdoan.contracts.unit;

/** What happens to a unit of the directory. The record key is the unit id. */
public sealed interface UnitEvent permits UnitChanged {
    String id();

    long version();
}
