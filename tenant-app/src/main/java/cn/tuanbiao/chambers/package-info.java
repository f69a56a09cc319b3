/**
 * Chambers of commerce (商会, SUP-3): the annual standardization work report generated from the
 * chamber's own records for the president's annual report, and the chamber's declaration of its fee
 * rules, with the commitment that nothing is charged in the name of standardization.
 */
package cn.tuanbiao.chambers;
