using System.Data.Common;
using System.Xml.Linq;
using MassageRoutines.Web.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The key ring's keys in the database's DataProtectionKeys table, as PersistKeysToDbContext keeps them,
/// but read with a plain command: the key ring is read at every start, and EF Core's repository would
/// compile a query for it there (see StartUpReads). A new key is still written through EF Core.
/// </summary>
public sealed class StoreKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        db.Database.OpenConnection();
        try
        {
            using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """SELECT "Xml" FROM "DataProtectionKeys" """;
            using var reader = command.ExecuteReader();
            var elements = new List<XElement>();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0) && reader.GetString(0) is { Length: > 0 } xml)
                {
                    elements.Add(XElement.Parse(xml));
                }
            }
            return elements;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
