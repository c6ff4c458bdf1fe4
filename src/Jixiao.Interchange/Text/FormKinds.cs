namespace Jixiao.Interchange.Text;

/// Forms that look like a project's declaration but are another kind, which users drop into the import too: a
/// department-wide target form (部门整体支出绩效目标表), a year-end self-evaluation (项目支出绩效自评表), an in-year
/// monitoring form (绩效监控表) and a target adjustment request (绩效目标调整申请表). What fits
/// the model is read; the finding says what kind of form it is, so the declaration is not taken for a project's own.
internal static class FormKinds
{
    /// Looks at the title once, after the form is read.
    public static void Report(DeclarationDraft draft)
    {
        if (draft.Title is not { } title) return;
        if (title.Contains("部门整体", StringComparison.Ordinal) || title.Contains("整体支出", StringComparison.Ordinal))
            draft.Findings.Add(ReaderFindings.OtherKind("部门整体支出绩效目标表",
                "读入了部门名称、部门整体绩效目标（作为年度目标）、资金和绩效指标；没有项目名称等项目栏目", draft.Sources.Find("title")?.Line));
        else if (title.Contains("监控", StringComparison.Ordinal))
            draft.Findings.Add(ReaderFindings.OtherKind("绩效监控表（年度执行中的监控）",
                "指标值取自年度指标值；执行情况、全年预计完成情况、偏差原因等监控内容写入了备注或其他栏目，不是目标", draft.Sources.Find("title")?.Line));
        else if (title.Contains("调整", StringComparison.Ordinal))
            draft.Findings.Add(ReaderFindings.OtherKind("绩效目标调整申请表",
                "指标值取自调整后指标值，调整前指标值和调整理由写入了备注；资金若分调整前、调整后两栏，请核对读入的是哪一栏", draft.Sources.Find("title")?.Line));
        else if (title.Contains("自评", StringComparison.Ordinal))
            draft.Findings.Add(ReaderFindings.OtherKind("绩效自评表（年终自评）",
                "指标值取自年度指标值；实际完成值、得分等自评内容写入了备注或其他栏目，不是目标", draft.Sources.Find("title")?.Line));
    }
}
