using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Declarations;

/// The caller's visible declarations, newest change first unless sorted otherwise: filtered by year, status,
/// department, project type and part of the project name, and cut into pages when a page is asked for.
public sealed class ListDeclarations(JixiaoDbContext db)
{
    public const int MaxPageSize = 100;

    /// Every member is optional; without <see cref="Page"/> and <see cref="PageSize"/> the whole list comes back.
    public sealed record Query
    {
        public int? Year { get; init; }
        public DeclarationStatus? Status { get; init; }

        /// Part of the department's name (部门).
        public string? Department { get; init; }

        /// A project type name (general, ppp …).
        public string? ProjectType { get; init; }

        /// Part of the project name (项目名称).
        public string? Search { get; init; }

        /// projectName, department, year or updatedAt, with a leading "-" for descending; "-updatedAt" by default.
        public string? Sort { get; init; }

        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    /// The page asked for and how many declarations match in all.
    public sealed record Result(IReadOnlyList<DeclarationSummary> Items, int Total);

    public async Task<Result> RunAsync(Caller caller, Query query, CancellationToken ct)
    {
        var declarations = Filter(db.VisibleDeclarations(caller).AsNoTracking(), query);
        var sorted = Sort(declarations, query.Sort);

        var paged = sorted;
        var isPaged = query.Page is not null || query.PageSize is not null;
        if (isPaged)
        {
            var page = query.Page ?? 1;
            var size = query.PageSize ?? 20;
            if (page < 1) throw new BadInputException("page 从 1 开始。");
            if (size is < 1 or > MaxPageSize) throw new BadInputException($"pageSize 须在 1 到 {MaxPageSize} 之间。");
            paged = sorted.Skip((page - 1) * size).Take(size);
        }

        var items = await paged
            .Select(d => new DeclarationSummary(d.Id, d.ProjectName, d.Department!.Name, d.Year, d.Status, d.CurrentStage, d.Version, d.UpdatedAt))
            .ToListAsync(ct);
        var total = isPaged ? await declarations.CountAsync(ct) : items.Count;
        return new Result(items, total);
    }

    private static IQueryable<DeclarationRecord> Filter(IQueryable<DeclarationRecord> query, Query q)
    {
        if (q.Year is { } year) query = query.Where(d => d.Year == year);
        if (q.Status is { } status) query = query.Where(d => d.Status == status);
        if (!string.IsNullOrWhiteSpace(q.Department))
        {
            var department = q.Department.Trim();
            query = query.Where(d => d.Department!.Name.Contains(department));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim();
            query = query.Where(d => d.ProjectName.Contains(search));
        }
        if (!string.IsNullOrWhiteSpace(q.ProjectType))
        {
            var type = ProjectTypeName(q.ProjectType.Trim());
            // ProjectTypes is a comma-separated list of names: match whole names only (ppp, not a name containing it)
            query = query.Where(d => ("," + d.ProjectTypes + ",").Contains("," + type + ","));
        }
        return query;
    }

    /// The id comes last in every order, so that pages never overlap or skip a row when values tie.
    private static IQueryable<DeclarationRecord> Sort(IQueryable<DeclarationRecord> query, string? sort)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? "-updatedAt" : sort.Trim();
        var descending = text.StartsWith('-');
        return text.TrimStart('-', '+') switch
        {
            "updatedAt" => descending ? query.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id) : query.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id),
            "projectName" => descending ? query.OrderByDescending(d => d.ProjectName).ThenBy(d => d.Id) : query.OrderBy(d => d.ProjectName).ThenBy(d => d.Id),
            "department" => descending ? query.OrderByDescending(d => d.Department!.Name).ThenBy(d => d.Id) : query.OrderBy(d => d.Department!.Name).ThenBy(d => d.Id),
            "year" => descending ? query.OrderByDescending(d => d.Year).ThenBy(d => d.Id) : query.OrderBy(d => d.Year).ThenBy(d => d.Id),
            _ => throw new BadInputException("sort 只能是 projectName、department、year 或 updatedAt，前加「-」表示降序。"),
        };
    }

    private static string ProjectTypeName(string text) =>
        Enum.GetValues<ProjectType>().Select(DeclarationContent.ProjectTypeName).FirstOrDefault(n => n == text)
        ?? throw new BadInputException("projectType 只能是 general、ppp、governmentDebt、governmentProcurement 或 purchaseOfService。");
}
