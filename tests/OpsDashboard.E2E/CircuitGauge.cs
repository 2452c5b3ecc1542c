using System.Diagnostics.Metrics;

namespace OpsDashboard.E2E;

/// <summary>
/// The Blazor circuits one app holds, read from ASP.NET Core's own circuit meter
/// (<c>aspnetcore.components.circuit.active</c> / <c>.connected</c>). Only the given app's meter is
/// counted (its <see cref="IMeterFactory"/>), so other apps in the same test process do not disturb it.
/// Active counts connected and disconnected-but-retained circuits; a released circuit leaves both.
/// </summary>
public sealed class CircuitGauge : IDisposable
{
    private const string MeterName = "Microsoft.AspNetCore.Components.Server.Circuits";
    private readonly MeterListener _listener;
    private long _active;
    private long _connected;

    public CircuitGauge(IMeterFactory appMeters)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MeterName && ReferenceEquals(instrument.Meter.Scope, appMeters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.Start();
    }

    /// <summary>Circuits the app holds: connected ones and disconnected ones it still retains.</summary>
    public long Active => Interlocked.Read(ref _active);

    /// <summary>Circuits with a live connection.</summary>
    public long Connected => Interlocked.Read(ref _connected);

    /// <summary>Waits until the app holds at most <paramref name="count"/> circuits; false if that did not happen within <paramref name="patience"/>.</summary>
    public async Task<bool> WaitUntilActiveAtMostAsync(long count, TimeSpan patience)
    {
        var giveUp = DateTime.UtcNow + patience;
        while (Active > count)
        {
            if (DateTime.UtcNow > giveUp)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    public void Dispose() => _listener.Dispose();

    private void Add(string instrument, long value)
    {
        if (instrument == "aspnetcore.components.circuit.active")
        {
            Interlocked.Add(ref _active, value);
        }
        else if (instrument == "aspnetcore.components.circuit.connected")
        {
            Interlocked.Add(ref _connected, value);
        }
    }
}
