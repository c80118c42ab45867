package vn.congdoan.units;

/** The units a service knows: plan-service's own directory, or a consuming service's replica of it. */
public interface KnownUnits {

    boolean knows(String unitId);
}
