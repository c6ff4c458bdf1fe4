using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// 项目类型 (domain notes §5), which decides the review route. The Nanchang form does not print it, but other forms
/// show it: in the title (政府购买服务项目绩效目标表) or as a tick box among 资金用途 / 项目类型 options (政府购买服务√).
/// Read once the whole form is, from the title and the tick-box fields kept in OtherFields.
internal static class FormProjectTypes
{
    // The fields whose ticked option may name a project type.
    private static readonly HashSet<string> TickLabels = ["资金用途", "项目资金用途", "项目类型"];

    public static void Read(DeclarationDraft draft)
    {
        if (draft.Title is { } title && ProjectTypeNames.Mentioned(title) == ProjectType.PurchaseOfService)
            Add(draft, ProjectType.PurchaseOfService, draft.Sources.Find("title"));
        for (var k = 0; k < draft.OtherFields.Count; k++)
        {
            var field = draft.OtherFields[k];
            if (!TickLabels.Contains(field.Label)) continue;
            foreach (var option in Checkboxes.TickedOptions(field.Value))
                if (ProjectTypeNames.Mentioned(option) is { } type) Add(draft, type, draft.Sources.Find($"otherFields[{k}]"));
        }
    }

    private static void Add(DeclarationDraft draft, ProjectType type, SourceRef? source)
    {
        if (draft.ProjectTypes.Contains(type)) return;
        if (source is { } at) draft.Sources.Add($"projectTypes[{draft.ProjectTypes.Count}]", at);
        draft.ProjectTypes.Add(type);
    }
}
