namespace Jixiao.Domain.Declarations;

/// A labelled value the form carries that the model has no field of its own for (项目类别, 立项依据, 中期目标 …):
/// kept so that nothing on the form is dropped.
public sealed record FormField(string Label, string Value);
