/**
 * <b>Internal.</b> The Terraform plan loader: {@code terraform show -json} output into the
 * model, with links recovered from the plan's configuration references.
 */
package io.netlint.parse.tfplan;
