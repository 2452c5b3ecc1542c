using OpsDashboard.Web.Components.Layout;

namespace OpsDashboard.Web.Tests.Components.Controls;

/// <summary>
/// Issue 16: what a screen read while prerendering reaches its circuit once, for the same URL, within a minute;
/// anything else makes the circuit read as before.
/// </summary>
public sealed class PrerenderHandoffTests
{
    private const string Uri = "http://localhost/?store=demo";
    private readonly TestTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AState_IsTakenOnce_ForItsUrl()
    {
        var handoff = new PrerenderHandoff(_clock);
        var state = new List<string> { "figures" };
        var key = handoff.Put(Uri, state);

        Assert.NotNull(key);
        Assert.Same(state, handoff.Take<List<string>>(key, Uri));
        Assert.Null(handoff.Take<List<string>>(key, Uri));
        Assert.Equal(1, handoff.Taken);
        Assert.Equal(0, handoff.Count);
    }

    [Fact]
    public void AnotherUrl_OrType_TakesNothing_AndTheStateIsGone()
    {
        var handoff = new PrerenderHandoff(_clock);
        var other = handoff.Put(Uri, new List<string>())!;
        var typed = handoff.Put(Uri, new List<string>())!;

        Assert.Null(handoff.Take<List<string>>(other, Uri + "&compare=yoy"));
        Assert.Null(handoff.Take<string>(typed, Uri));
        Assert.Equal(0, handoff.Count);
        Assert.Equal(0, handoff.Taken);
    }

    [Fact]
    public void AnUntakenState_ExpiresAfterAMinute()
    {
        var handoff = new PrerenderHandoff(_clock);
        var key = handoff.Put(Uri, new List<string>())!;

        _clock.Advance(PrerenderHandoff.Lifetime);

        Assert.Null(handoff.Take<List<string>>(key, Uri));
        handoff.Put(Uri, new List<string>()); // a later prerender drops what expired
        _clock.Advance(PrerenderHandoff.Lifetime);
        handoff.Put(Uri, new List<string>());
        Assert.Equal(1, handoff.Count);
    }

    [Fact]
    public void AtCapacity_NothingMoreIsKept()
    {
        var handoff = new PrerenderHandoff(_clock);
        for (var i = 0; i < PrerenderHandoff.Capacity; i++)
        {
            Assert.NotNull(handoff.Put(Uri, new List<string>()));
        }

        Assert.Null(handoff.Put(Uri, new List<string>()));
        Assert.Equal(PrerenderHandoff.Capacity, handoff.Count);
    }
}
