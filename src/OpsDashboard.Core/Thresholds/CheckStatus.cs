namespace OpsDashboard.Core.Thresholds;

/// <summary>A verdict. Serialised in the API as "pass", "warn", "fail" or "nodata".</summary>
public enum CheckStatus
{
    NoData,
    Pass,
    Warn,
    Fail,
}

public static class CheckStatusNames
{
    public static string ToApiName(this CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        _ => "nodata",
    };
}
