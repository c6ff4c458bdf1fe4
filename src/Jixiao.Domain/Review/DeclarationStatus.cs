namespace Jixiao.Domain.Review;

/// Where a declaration stands in its review (审核状态). The names are the API contract.
public enum DeclarationStatus
{
    /// 草稿: the unit is filling it in; editable.
    Draft,
    /// 审核中: somewhere on its route; nobody may edit it.
    InReview,
    /// 退回修改: sent back to the unit with comments; editable, and resubmission starts the route again.
    Returned,
    /// 已批复: the last stage approved it; this version is locked (a change is an adjustment, 调整).
    Approved,
    /// 不予通过: graded 差, it may not enter budgeting.
    Rejected,
}

public static class DeclarationStatusNames
{
    public static string Label(this DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => "草稿",
        DeclarationStatus.InReview => "审核中",
        DeclarationStatus.Returned => "退回修改",
        DeclarationStatus.Approved => "已批复",
        DeclarationStatus.Rejected => "不予通过",
    };
}
