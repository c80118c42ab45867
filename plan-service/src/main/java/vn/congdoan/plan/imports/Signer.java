package vn.congdoan.plan.imports;

/**
 * Who signed the plan and in what capacity.
 *
 * @param capacity "TM. BAN THƯỜNG VỤ" (signing on behalf of), "KT. CHỦ TỊCH" (signing for) ...; may be null
 * @param position "CHỦ TỊCH"; may be null
 * @param name     "Nguyễn Mạnh Hùng"; never the "(Đã ký)" marker; may be null
 */
public record Signer(String capacity, String position, String name) {}
