using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using OpsDashboard.Data;
using OpsDashboard.Data.Accounts;

namespace OpsDashboard.Web.Accounts;

/// <summary>
/// The data-protection key ring in the app's database, so every instance on one database reads and writes the same
/// keys and accepts the others' cookies and antiforgery tokens.
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<OpsDbContext> contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contextFactory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contextFactory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
