using System.IO.Compression;
using System.Text;

namespace OpsDashboard.Testing;

/// <summary>How a generated export is encoded: CSV in UTF-8 (with BOM, as Excel saves it), CSV in GB18030, or .xlsx.</summary>
public enum ExportFormat
{
    CsvUtf8,
    CsvGb18030,
    Xlsx,
}

/// <summary>
/// Files shaped exactly like the service, refund and competitor exports of DOMAIN §7 (their title
/// block, header names and cell forms), written as CSV UTF-8, CSV GB18030 or .xlsx.
/// </summary>
public static class ServiceExportFiles
{
    /// <summary>赤兔 客服绩效: a title block, delayed columns marked 延, a 合计 line, rates and averages we only check.</summary>
    public static readonly string[][] ChituAgents =
    [
        ["赤兔名品 客服绩效（按天）"],
        ["统计日期：2026-11-23~2026-11-29", "导出时间：2026-11-30 09:12:03"],
        [],
        ["日期", "旺旺", "咨询人数", "接待人数", "询单人数延", "询单->最终付款人数延", "询单->最终付款成功率延", "客服销售额", "客单价", "平均响应(秒)", "未回复人数", "回复率", "退款笔数"],
        ["2026-11-23", "店铺:小美", "40", "38", "20", "10", "50.00%", "¥2,380.00", "238.00", "12.5", "1", "97.37%", "1"],
        ["2026-11-23", "店铺:阿杰", "30", "30", "16", "5", "31.25%", "1,190.00", "238.00", "30", "2", "93.33%", "0"],
        ["2026-11-23", "店铺:新人", "4", "4", "0", "0", "-", "0", "-", "20", "0", "100.00%", "0"],
        ["2026-11-23", "合计", "74", "72", "36", "15", "41.67%", "3,570.00", "238.00", "20.4", "3", "95.83%", "1"],
        ["2026-11-29", "店铺:小美", "20", "20", "10", "5", "50.00%", "1,000.00", "200.00", "10", "0", "100.00%", "-"],
    ];

    /// <summary>千牛 退款管理 export, one row per refund.</summary>
    public static string[][] QianniuRefunds(string status, string completedAt) =>
    [
        ["退款编号", "订单编号", "支付宝交易号", "订单付款时间", "商品编码", "退款完结时间", "买家实际支付金额", "宝贝标题", "买家退款金额", "手工退款/系统退款", "是否需要退货", "退款的申请时间", "退款状态", "货物状态", "客服介入状态", "买家退款原因", "买家退款说明"],
        ["=\"220001234567890123\"", "=\"3301234567890123456\"", "2026112322001", "2026-11-20 10:00:00", "680512345678901234", completedAt, "238.00", "羊毛大衣 女", "238.00", "系统退款", "是", "2026-11-22 09:30:00", status, "买家已退货", "无", "尺码不合适", "偏大"],
        ["=\"220001234567890124\"", "=\"3301234567890123457\"", "2026112322002", "2026-11-21 11:00:00", "680512345678901234", "2026-11-24 16:00:00", "238.00", "羊毛大衣 女", "100.00", "手工退款", "否", "2026-11-23 08:00:00", "退款成功", "买家未收到货", "无", "质量问题", ""],
        ["=\"220001234567890125\"", "=\"3301234567890123458\"", "2026112322003", "2026-11-21 12:00:00", "680599999999999999", "2026-11-25 10:00:00", "99.00", "围巾", "99.00", "系统退款", "否", "2026-11-24 08:00:00", "退款关闭", "买家未收到货", "无", "不想要了", ""],
    ];

    /// <summary>生意参谋 竞争 › 竞店 monitoring, the store's own row (本店) included; a rival with a missing day.</summary>
    public static readonly string[][] SycmCompetitors =
    [
        ["【生意参谋平台】竞店分析"],
        ["统计日期：2026-11-23~2026-11-24"],
        ["日期", "店铺名称", "交易指数", "流量指数", "搜索人气", "收藏人气", "加购人气", "支付转化指数", "客群指数"],
        ["2026-11-23", "本店", "10,000", "8,000", "3,000", "1,200", "1,500", "900", "2,000"],
        ["2026-11-24", "本店", "12,000", "8,400", "3,200", "1,300", "1,700", "950", "2,100"],
        ["2026-11-23", "对手旗舰店", "20,000", "9,000", "4,000", "-", "2,000", "1,100", "3,000"],
        ["2026-11-24", "对手旗舰店", "-", "9,600", "4,400", "-", "2,200", "1,150", "3,200"],
        ["2026-11-23", "小众女装店", "5,500", "4,000", "1,000", "500", "600", "700", "900"],
    ];

    /// <summary>生意参谋 竞争 › 竞店流失, one day's export (the date only in its title block).</summary>
    public static string[][] SycmLostShops(DateOnly day, int first, int second) =>
    [
        ["【生意参谋平台】竞店流失"],
        ["统计日期：" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
        ["排名", "店铺名称", "流失指数", "流失人气"],
        ["1", "对手旗舰店", first.ToString(System.Globalization.CultureInfo.InvariantCulture), "1,200"],
        ["2", "小众女装店", second.ToString(System.Globalization.CultureInfo.InvariantCulture), "300"],
    ];

    public static byte[] Write(string[][] rows, ExportFormat format) => format switch
    {
        ExportFormat.CsvUtf8 => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(CsvText(rows))],
        ExportFormat.CsvGb18030 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(CsvText(rows)),
        _ => Xlsx(rows),
    };

    /// <summary>UTF-8 CSV bytes of <paramref name="rows"/>.</summary>
    public static byte[] Csv(params string[][] rows) => Write(rows, ExportFormat.CsvUtf8);

    private static string CsvText(string[][] rows) =>
        string.Join("\r\n", rows.Select(row => string.Join(",", row.Select(Quote)))) + "\r\n";

    private static string Quote(string cell) =>
        cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static byte[] Xlsx(string[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            foreach (var row in rows)
            {
                sheet.Append("<row>");
                foreach (var cell in row)
                {
                    sheet.Append("""<c t="inlineStr"><is><t>""").Append(System.Security.SecurityElement.Escape(cell)).Append("</t></is></c>");
                }

                sheet.Append("</row>");
            }

            Add(zip, "xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
