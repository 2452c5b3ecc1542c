using System.Text;

namespace OpsDashboard.Web.Tests.Api;

/// <summary>Small exports with hand-computed totals (see each constant's comment).</summary>
public static class SampleFiles
{
    /// <summary>
    /// Σ visitors 4000, page views 10500, bounced 3000, returning 800, order buyers 170, paying 130,
    /// payment 13000.50 ⇒ conversion 0.0325, order conversion 0.0425, AOV 100.0038461538…, bounce 0.75
    /// (fail), depth 2.625 (warn), returning share 0.2 (not returning-heavy).
    /// </summary>
    public const string StoreDaily =
        "date,visitors,page_views,bounced_visitors,returning_visitors,order_buyers,paying_buyers,payment_amount\n" +
        "2026-11-01,1000,3000,600,200,50,40,\"¥4,000.00\"\n" +
        "2026-11-02,3000,7500,2400,600,120,90,9000.50\n";

    /// <summary>Best seller 680512345678901234: 4000.00 from 40 buyers ⇒ AOV 100. Presale 100002 has orders but no payments.</summary>
    public const string SkuDaily =
        "date,sku_code,sku_name,visitors,page_views,bounced_visitors,order_buyers,paying_buyers,payment_amount,presale\n" +
        "2026-11-01,680512345678901234,Flagship coat,500,1500,200,30,25,\"2,500.00\",0\n" +
        "2026-11-02,680512345678901234,Flagship coat,500,1500,200,20,15,\"1,500.00\",0\n" +
        "2026-11-01,100002,Presale boots,100,300,50,10,0,0,1\n";

    /// <summary>直通车 is the old name of 关键词推广: together 500 visitors, 15 paying, 1500.00 sales, 750.00 cost ⇒ ROI 2.0.</summary>
    public const string SourceDaily =
        "date,source,visitors,paying_buyers,payment_amount,cost,impressions,clicks\n" +
        "2026-11-01,直通车,300,10,1000,500,10000,400\n" +
        "2026-11-02,关键词推广,200,5,500,250,8000,300\n" +
        "2026-11-01,手淘搜索,700,30,3000,,,\n";

    /// <summary>Row 3 has paying buyers above visitors, row 4 an unreadable date.</summary>
    public const string StoreDailyWithBadRows =
        "date,visitors,paying_buyers,payment_amount\n" +
        "2026-11-01,100,5,500\n" +
        "2026-11-02,100,500,500\n" +
        "2026-13-45,100,5,500\n";

    public static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }
}
