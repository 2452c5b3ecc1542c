using OpsDashboard.Data.Import;

namespace OpsDashboard.Web.Model;

/// <summary>
/// The import page's <see cref="IProgress{T}"/>: the importer reports from its own thread as often as it likes
/// (every <see cref="ImportService.ProgressEvery"/> rows); this keeps only the latest report and asks the page to
/// render at most once per <paramref name="interval"/>, so a million-row file never floods the circuit.
/// Unlike <see cref="Progress{T}"/>, nothing is queued per report on the circuit's synchronization context.
/// </summary>
/// <param name="render">Re-renders the page on its own thread (the component's <c>InvokeAsync(StateHasChanged)</c>).</param>
public sealed class ThrottledProgress(Func<Task> render, TimeProvider clock, TimeSpan interval) : IProgress<ImportProgress>
{
    /// <summary>At most four renders a second.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private ImportProgress? _latest;
    private DateTimeOffset? _lastRender;

    /// <summary>The latest report, or null before the first.</summary>
    public ImportProgress? Latest
    {
        get
        {
            lock (_lock)
            {
                return _latest;
            }
        }
    }

    /// <summary>Renders asked for so far.</summary>
    public int Renders { get; private set; }

    public void Report(ImportProgress value)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            _latest = value;
            if (_lastRender is { } last && now - last < interval && value.Phase == _lastPhase)
            {
                return;
            }

            _lastRender = now;
            _lastPhase = value.Phase;
            Renders++;
        }

        // Fire and forget: the importer's thread never waits for the circuit; a render of a closed page just fails.
        _ = render().ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private ImportPhase? _lastPhase;
}
