using OpsDashboard.Data.Import;

namespace OpsDashboard.Web.Model;

/// <summary>
/// The time an import's current step has left, from its rate so far (issue 10): the share done of the step
/// (<see cref="ImportProgress.Fraction"/>) over the time the step has taken. No estimate — null, "estimating…"
/// on screen — until the step has run <see cref="MinimumElapsed"/> and done <see cref="MinimumFraction"/>, nor
/// for a step whose share cannot be measured: never a made-up number.
/// </summary>
public sealed class ImportEstimate
{
    /// <summary>The step has to have run this long before its rate means anything.</summary>
    public static readonly TimeSpan MinimumElapsed = TimeSpan.FromSeconds(2);

    /// <summary>…and to have done this share of its work.</summary>
    public const double MinimumFraction = 0.02;

    private ImportPhase? _phase;
    private DateTimeOffset _phaseStarted;

    /// <param name="started">When the import began: its first step is timed from here.</param>
    public ImportEstimate(DateTimeOffset started) => _phaseStarted = started;

    /// <summary>The time left in the step of <paramref name="progress"/> seen at <paramref name="now"/>, or null when it cannot be told yet.</summary>
    public TimeSpan? Observe(ImportProgress progress, DateTimeOffset now)
    {
        if (_phase is null)
        {
            _phase = progress.Phase;
        }
        else if (progress.Phase != _phase)
        {
            (_phase, _phaseStarted) = (progress.Phase, now);
        }

        var elapsed = now - _phaseStarted;
        if (progress.Fraction is not { } done || done < MinimumFraction || elapsed < MinimumElapsed)
        {
            return null;
        }

        return done >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling(elapsed.TotalSeconds * (1 - done) / done));
    }
}
