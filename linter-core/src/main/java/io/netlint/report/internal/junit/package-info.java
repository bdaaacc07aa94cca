/** <b>Internal.</b> Helpers of the report formats; may change in any release. */
package io.netlint.report.internal.junit;
