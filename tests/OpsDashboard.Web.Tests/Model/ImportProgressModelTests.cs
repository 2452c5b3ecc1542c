using OpsDashboard.Data.Import;
using OpsDashboard.Web.Model;
using OpsDashboard.Web.Tests.Components;

namespace OpsDashboard.Web.Tests.Model;

/// <summary>The import page's estimate (from the rate so far, never made up) and its render throttle (a big file never floods the circuit).</summary>
public sealed class ImportProgressModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_estimate_waits_for_enough_time_and_work_then_extrapolates_the_rate_so_far()
    {
        var estimate = new ImportEstimate(Start);

        Assert.Null(estimate.Observe(Parsing(0.5), Start.AddSeconds(1)));
        Assert.Null(estimate.Observe(Parsing(0.01), Start.AddSeconds(10)));
        Assert.Equal(TimeSpan.FromSeconds(30), estimate.Observe(Parsing(0.25), Start.AddSeconds(10)));
        Assert.Equal(TimeSpan.Zero, estimate.Observe(Parsing(1), Start.AddSeconds(40)));
    }

    [Fact]
    public void A_new_step_is_timed_from_its_own_start_and_an_unmeasurable_step_has_no_estimate()
    {
        var estimate = new ImportEstimate(Start);
        Assert.Equal(TimeSpan.FromSeconds(10), estimate.Observe(Parsing(0.5), Start.AddSeconds(10)));

        Assert.Null(estimate.Observe(new ImportProgress(ImportPhase.Writing, 1000, 500, 0, 0), Start.AddSeconds(11)));
        Assert.Equal(TimeSpan.FromSeconds(4), estimate.Observe(new ImportProgress(ImportPhase.Writing, 1000, 500, 0, 0), Start.AddSeconds(15)));
        Assert.Null(estimate.Observe(new ImportProgress(ImportPhase.Saving, 1000, 1000, 0, 0), Start.AddSeconds(60)));
    }

    [Fact]
    public void Reports_render_at_most_once_per_interval_keep_the_latest_and_a_new_step_renders_at_once()
    {
        var clock = new TestTimeProvider(Start);
        var renders = 0;
        var progress = new ThrottledProgress(() => { Interlocked.Increment(ref renders); return Task.CompletedTask; }, clock, ThrottledProgress.DefaultInterval);

        for (var rows = 1; rows <= 1000; rows++)
        {
            progress.Report(new ImportProgress(ImportPhase.Parsing, rows, rows, rows, 1000));
        }

        Assert.Equal(1, renders);
        Assert.Equal(1000, progress.Latest!.RowsParsed);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        progress.Report(new ImportProgress(ImportPhase.Parsing, 1001, 1001, 1000, 1000));
        Assert.Equal(1, renders);
        clock.Advance(TimeSpan.FromMilliseconds(150));
        progress.Report(new ImportProgress(ImportPhase.Parsing, 1002, 1002, 1000, 1000));
        Assert.Equal(2, renders);
        progress.Report(new ImportProgress(ImportPhase.Saving, 1002, 1002, 1000, 1000));
        Assert.Equal(3, renders);
        Assert.Equal(ImportPhase.Saving, progress.Latest!.Phase);
    }

    private static ImportProgress Parsing(double fraction) => new(ImportPhase.Parsing, 10, 10, (long)(fraction * 1000), 1000);
}
