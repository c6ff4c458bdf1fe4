using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// What a check may need besides the part of the form it looks at: the whole declaration, the thresholds, and the
/// indicator schema (88号 or 101号), which is derived from the table once.
internal sealed class CheckContext(Declaration declaration, CheckOptions options)
{
    public Declaration Declaration { get; } = declaration;
    public CheckOptions Options { get; } = options;
    // Worked out once per run: the property walks the whole table.
    public IndicatorSchema Schema { get; } = declaration.Schema;
}
