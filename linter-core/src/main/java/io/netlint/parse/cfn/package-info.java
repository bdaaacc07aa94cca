/**
 * <b>Internal.</b> The CloudFormation loader. {@link io.netlint.parse.cfn.CfnLoader} reads each template's sections
 * ({@code CfnTemplate}), checks its names once ({@code ReferenceCheck}), joins exports across
 * templates ({@code ExportIndex}), evaluates intrinsic functions into {@code CfnValue}s
 * ({@code CfnEvaluator}, memoised per node) and maps resource types to model records
 * ({@code CfnToModel} and the {@code *Mapping} classes). Values that are decided only at deployment
 * stay unknown with a reason; nothing is guessed.
 */
package io.netlint.parse.cfn;
