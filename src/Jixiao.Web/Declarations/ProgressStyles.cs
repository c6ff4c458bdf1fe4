using Jixiao.Domain.Review;

namespace Jixiao.Web.Declarations;

/// How a stage's state looks on the progress timeline.
public static class ProgressStyles
{
    public static string TimelineColor(StageState state) => state switch
    {
        StageState.Approved => "green",
        StageState.Current => "blue",
        StageState.Returned or StageState.Rejected => "red",
        StageState.Pending => "gray",
    };

    public static string StateClass(StageState state) => state switch
    {
        StageState.Approved => "jx-tag jx-tag-approved",
        StageState.Current => "jx-tag jx-tag-review",
        StageState.Returned => "jx-tag jx-tag-returned",
        StageState.Rejected => "jx-tag jx-tag-rejected",
        StageState.Pending => "jx-tag jx-tag-draft",
    };
}
