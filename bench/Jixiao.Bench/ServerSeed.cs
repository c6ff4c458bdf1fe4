using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Jixiao.Bench;

/// `server-seed`: fills a running server that has the demo organisation with a year's intake of declarations through
/// its public API, as the units and reviewers would: forms imported (many left as drafts with the sample's two missing
/// targets), fixed and submitted, created from JSON and submitted, then reviewed along their routes so that every
/// reviewer has a queue — some approved by the department, some returned, some approved by the business section, some
/// graded at the last stage. Writes the ids waiting in each reviewer's queue to `--out` for bench/server.sh.
internal static class ServerSeed
{
    private const string Password = "Jixiao@2022";

    public static async Task<int> RunAsync(string[] args)
    {
        var server = new Uri(Args.String(args, "--url") ?? "http://127.0.0.1:5080");
        var total = (int)Args.Value(args, "--declarations", 5000);
        var outDir = Args.String(args, "--out") ?? ".";
        var parallel = (int)Args.Value(args, "--parallel", 4);
        var sample = await File.ReadAllTextAsync(Args.String(args, "--sample") ?? Jixiao.Testing.Samples.NanchangSeed);
        var watch = Stopwatch.StartNew();

        var users = new Dictionary<string, ApiUser>();
        foreach (var name in new[] { "filer1", "filer2", "dept1", "dept2", "biz", "perf", "debt", "proc" })
            users[name] = await ApiUser.SignInAsync(server, name, Password);

        // The sample imported once and fixed: the content of every declaration created from JSON.
        var first = await users["filer1"].ImportAsync(SeedForms.SampleText(sample, "2022 年市大数据发展专项资金（续建）", false), "form.txt");
        var firstId = (string)first["id"]!;
        var firstDetails = await users["filer1"].GetAsync($"/api/declarations/{firstId}");
        var fixedSample = SeedForms.FixMissingValues(firstDetails["declaration"]!.AsObject(), first["findings"]!.AsArray());

        var existing = (await users["filer1"].GetAsync("/api/declarations")).AsArray().Count
                       + (await users["filer2"].GetAsync("/api/declarations")).AsArray().Count;
        var random = new Random(2022);
        var plans = Enumerable.Range(existing, Math.Max(0, total - existing)).Select(i => Plan(random, i)).ToList();
        var created = 0;
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (plan, _) =>
        {
            await FileAsync(plan, plan.Education ? users["filer2"] : users["filer1"], sample, fixedSample);
            if (Interlocked.Increment(ref created) % 500 == 0)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {created} declarations filed ({watch.Elapsed.TotalSeconds:0} s)"));
        });

        // Reviews along the routes, oldest first, each reviewer leaving part of their queue waiting.
        var reviews = 0;
        async Task ReviewAsync(string reviewer, double share, bool lastStage)
        {
            var queue = (await users[reviewer].GetAsync("/api/reviews/queue")).AsArray();
            var act = queue.Take((int)(queue.Count * share)).Select((d, n) => ((string)d!["id"]!, n)).ToList();
            await Parallel.ForEachAsync(act, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) =>
            {
                await users[reviewer].PostAsync($"/api/declarations/{item.Item1}/review", Decision(item.n, lastStage));
                Interlocked.Increment(ref reviews);
            });
        }
        await ReviewAsync("dept1", 0.45, lastStage: false);
        await ReviewAsync("dept2", 0.45, lastStage: false);
        await ReviewAsync("biz", 0.5, lastStage: false);
        foreach (var finalStage in new[] { "perf", "debt", "proc" })
            await ReviewAsync(finalStage, 0.6, lastStage: true);

        await WriteSummaryAsync(users, outDir, reviews, watch.Elapsed);
        foreach (var user in users.Values) user.Dispose();
        return 0;
    }

    private sealed record SeedPlan(int Serial, bool Education, string ProjectName, bool Submit, bool ViaImport, string ProjectType);

    /// About half the intake is submitted; drafts are imported forms still missing two targets, and a quarter of the
    /// submitted ones were imported and fixed with an edit (version 2) rather than created from JSON.
    private static SeedPlan Plan(Random random, int serial)
    {
        var education = serial % 2 == 1;
        var name = SeedForms.ProjectName(random, education, serial);
        var submit = random.NextDouble() < 0.48;
        var viaImport = !submit || random.NextDouble() < 0.25;
        var type = random.NextDouble() switch
        {
            < 0.85 => "general",
            < 0.95 => "ppp",
            _ => "governmentProcurement",
        };
        return new SeedPlan(serial, education, name, submit, viaImport, type);
    }

    private static async Task FileAsync(SeedPlan plan, ApiUser filer, string sample, JsonObject fixedSample)
    {
        string id;
        if (plan.ViaImport)
        {
            var imported = await filer.ImportAsync(SeedForms.SampleText(sample, plan.ProjectName, plan.Education), "form.txt");
            id = (string)imported["id"]!;
            if (!plan.Submit) return;
            var details = await filer.GetAsync($"/api/declarations/{id}");
            var declaration = SeedForms.FixMissingValues(details["declaration"]!.AsObject(), imported["findings"]!.AsArray());
            declaration["projectTypes"] = new JsonArray(JsonValue.Create(plan.ProjectType));
            await filer.PutJsonAsync($"/api/declarations/{id}", new JsonObject { ["version"] = (int)details["version"]!, ["declaration"] = declaration });
        }
        else
        {
            var created = await filer.PostJsonAsync("/api/declarations",
                SeedForms.Declaration(fixedSample, plan.ProjectName, plan.Education, plan.ProjectType), HttpStatusCode.Created);
            id = (string)created["id"]!;
        }
        await filer.PostAsync($"/api/declarations/{id}/submit", new { });
    }

    /// Mostly approvals; one in eleven returned with a comment; at the last stage grades 优/良, now and then 中 (return
    /// for revision) or 差 (rejected).
    private static object Decision(int n, bool lastStage)
    {
        if (!lastStage)
            return n % 11 == 10
                ? new { decision = "return", opinion = "请补充绩效指标的取值依据。", comments = new[] { new { location = "indicators[3].target", text = "指标值偏低，请说明依据。" } } }
                : new { decision = "approve", opinion = "同意。", comments = Array.Empty<object>() };
        return (n % 20) switch
        {
            18 => new { decision = "return", grade = "中", opinion = "目标不够细化，请修改后重新报送。", comments = Array.Empty<object>() },
            19 => new { decision = "return", grade = "差", opinion = "绩效目标与项目内容不符。", comments = Array.Empty<object>() },
            var k => (object)new { decision = "approve", grade = k % 3 == 0 ? "良" : "优", opinion = "目标明确，指标合理。", comments = Array.Empty<object>() },
        };
    }

    private static async Task WriteSummaryAsync(Dictionary<string, ApiUser> users, string outDir, int reviews, TimeSpan elapsed)
    {
        var all = (await users["filer1"].GetAsync("/api/declarations")).AsArray()
            .Concat((await users["filer2"].GetAsync("/api/declarations")).AsArray()).ToList();
        var byStatus = all.GroupBy(d => (string)d!["status"]!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"declarations: {all.Count} ({string.Join(", ", byStatus)}); reviews: {reviews}; seeded in {elapsed.TotalSeconds:0} s"));

        Directory.CreateDirectory(outDir);
        var queues = new List<string>();
        foreach (var reviewer in new[] { "dept1", "dept2", "biz", "perf", "debt", "proc" })
        {
            var ids = (await users[reviewer].GetAsync("/api/reviews/queue")).AsArray().Select(d => (string)d!["id"]!).ToList();
            await File.WriteAllLinesAsync(Path.Combine(outDir, $"queue-{reviewer}.ids"), ids);
            queues.Add($"{reviewer} {ids.Count}");
        }
        await File.WriteAllTextAsync(Path.Combine(outDir, "declarations.count"), all.Count.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"queues: {string.Join(", ", queues)}");
    }
}
