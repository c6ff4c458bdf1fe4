using Jixiao.Data.Declarations;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Declarations;

public static class StatusViews
{
    public static StatusAndRoute StatusView(this DeclarationRecord record, ReviewProcess process) =>
        new(record.Id, record.Status, record.CurrentStage, record.Version, process.Progress(record.ProjectTypeList()).ToView());
}
