/**
 * Admin console: views and APIs for alliance secretariats, supervisory authorities and the
 * innovation base (SUP-1 … SUP-5), reading cross-tenant data only through dedicated, audited
 * read models.
 *
 * <p>Wired into the server by {@code deploy}; its features arrive with the admin-console issue.
 */
package cn.tuanbiao.console;
