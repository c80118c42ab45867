package vn.congdoan.plan.imports;

import java.time.LocalDate;

/**
 * A document the plan implements or cites ("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị").
 *
 * @param kind   the document type as Vietnamese text: Nghị quyết, Chương trình hành động, Kết luận,
 *               Chỉ thị, Công văn, Kế hoạch, Quy định, Quyết định, Hướng dẫn, Thông tri, Nghị định,
 *               Thông tư, Tờ trình, Văn bản
 * @param number the number with its issuing code as written ("01/CTr-BCH"); compare ignoring case
 * @param date   null when the document gives none
 * @param issuer null when the document gives none ("của Bộ Chính trị" gives "Bộ Chính trị")
 */
public record Reference(String kind, String number, LocalDate date, String issuer) {}
