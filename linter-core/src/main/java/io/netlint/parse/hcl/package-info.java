/**
 * Terraform's HCL2 native syntax, read only as far as netlint needs it: the blocks of a
 * {@code .tf} file with their labels, the attributes written in them and where each starts, and
 * the comments. {@link io.netlint.parse.hcl.HclReader} is the entry point; the ANTLR grammar
 * behind it stays in {@code parse.hcl.internal}.
 */
package io.netlint.parse.hcl;
