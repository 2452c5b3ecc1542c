using Microsoft.Extensions.Logging.Abstractions;
using OpsDashboard.Web.Model;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>The database outage state: known down only when the database really does not answer, and up again when it does.</summary>
public sealed class DatabaseStatusTests
{
    [Fact]
    public async Task AFailure_WhileTheDatabaseAnswers_IsNotAnOutage()
    {
        using var status = new DatabaseStatus(_ => Task.FromResult(true), TimeProvider.System, NullLogger<DatabaseStatus>.Instance);
        var changes = 0;
        status.Changed += () => changes++;

        Assert.False(await status.ReportFailureAsync(new InvalidOperationException("a bug, not the database")));
        Assert.False(status.IsDown);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task AnOutage_IsReportedOnce_AndEndsWhenTheDatabaseAnswersAgain()
    {
        var answers = false;
        using var status = new DatabaseStatus(_ => Task.FromResult(answers), TimeProvider.System, NullLogger<DatabaseStatus>.Instance);
        var changes = new List<bool>();
        status.Changed += () => changes.Add(status.IsDown);

        Assert.True(await status.ReportFailureAsync(new TimeoutException()));
        Assert.True(await status.ReportFailureAsync(new TimeoutException()));
        Assert.True(status.IsDown);
        Assert.False(await status.CheckNowAsync());
        Assert.True(status.IsDown);

        answers = true;
        Assert.True(await status.CheckNowAsync());
        Assert.False(status.IsDown);
        Assert.Equal([true, false], changes);
    }
}
