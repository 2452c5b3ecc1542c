namespace OpsDashboard.Web.Configuration;

/// <summary>
/// "Meeting" section: the wall screen at /meeting. Meeting__RefreshSeconds is how often it re-reads
/// the figures in place; Meeting__RotateSeconds how long each store stays up when it rotates
/// through several (?stores=a,b,c). The URL's ?refresh= and ?rotate= override both.
/// </summary>
public sealed class MeetingOptions
{
    public const string Section = "Meeting";

    /// <summary>The shortest interval accepted, from configuration or the URL.</summary>
    public const int MinimumSeconds = 1;

    public int RefreshSeconds { get; set; } = 60;

    public int RotateSeconds { get; set; } = 30;
}
