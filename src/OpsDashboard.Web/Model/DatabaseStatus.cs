namespace OpsDashboard.Web.Model;

/// <summary>
/// Whether the database answers, as the screens last found it. A page that fails to load reports
/// the failure here; while a failure is known, the database is probed every
/// <see cref="RetryInterval"/>, and <see cref="Changed"/> is raised when it answers again, so the
/// layout hides its banner and pages reload by themselves. One per app (singleton).
/// </summary>
public sealed class DatabaseStatus : IDisposable
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(3);

    private readonly Func<CancellationToken, Task<bool>> _probe;
    private readonly TimeProvider _time;
    private readonly ILogger<DatabaseStatus> _logger;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private int _probing;

    /// <param name="probe">Answers whether the database can be reached (DatabaseInitializer.CanConnectAsync).</param>
    public DatabaseStatus(Func<CancellationToken, Task<bool>> probe, TimeProvider time, ILogger<DatabaseStatus> logger)
    {
        _probe = probe;
        _time = time;
        _logger = logger;
    }

    /// <summary>True while the database is known not to answer.</summary>
    public bool IsDown { get; private set; }

    /// <summary>Raised when <see cref="IsDown"/> changes (down, or back up). Handlers may run on any thread.</summary>
    public event Action? Changed;

    /// <summary>
    /// A screen failed to read. Probes the database at once: if it answers, the failure was not the
    /// database's (returns false, nothing changes); if not, the database is marked down and probed
    /// until it is back (returns true).
    /// </summary>
    public async Task<bool> ReportFailureAsync(Exception failure, CancellationToken ct = default)
    {
        if (await _probe(ct))
        {
            return false;
        }

        var raise = false;
        lock (_gate)
        {
            if (!IsDown)
            {
                IsDown = true;
                raise = true;
                _timer = _time.CreateTimer(_ => _ = CheckNowAsync(), null, RetryInterval, RetryInterval);
            }
        }

        if (raise)
        {
            _logger.LogWarning(failure, "The database does not answer; screens will retry every {Interval}", RetryInterval);
            Changed?.Invoke();
        }

        return true;
    }

    /// <summary>Probes the database now; when it answers after a failure, marks it up and raises <see cref="Changed"/>.</summary>
    public async Task<bool> CheckNowAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _probing, 1) == 1)
        {
            return !IsDown;
        }

        try
        {
            if (!await _probe(ct))
            {
                return false;
            }
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }

        var raise = false;
        lock (_gate)
        {
            if (IsDown)
            {
                IsDown = false;
                raise = true;
                _timer?.Dispose();
                _timer = null;
            }
        }

        if (raise)
        {
            _logger.LogInformation("The database answers again");
            Changed?.Invoke();
        }

        return true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
