using System.Text.Json.Serialization.Metadata;
using MassageRoutines.Engine;

namespace MassageRoutines.Web.Api;

/// <summary>
/// The API answers with moves and routines already in the language asked for (their <c>language</c>
/// says which), so it leaves out the translations they carry for the store and the library file.
/// </summary>
public static class TranslationsHidden
{
    public static void Modify(JsonTypeInfo type)
    {
        if (type.Type == typeof(Move) || type.Type == typeof(Routine))
        {
            foreach (var property in type.Properties.Where(p => p.Name == "translations").ToList())
            {
                type.Properties.Remove(property);
            }
        }
    }
}
