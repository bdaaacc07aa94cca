/**
 * <b>Mostly internal.</b> {@link io.netlint.parse.Diagnostic} is API (runs and policy loading
 * report problems with it); the rest serves the loaders in {@code parse.cfn} and
 * {@code parse.tfplan}, which are internal, and may change in any release.
 */
package io.netlint.parse;
