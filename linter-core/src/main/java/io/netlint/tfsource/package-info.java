/**
 * Puts findings on Terraform plan resources where people edit them: the {@code resource} block
 * (or the attribute) in the {@code .tf} sources that declares them.
 * {@link io.netlint.tfsource.TfSourceMapper} runs after the rules; the plan location stays as a
 * related location.
 */
package io.netlint.tfsource;
