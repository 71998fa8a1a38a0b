using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>
/// The app with a watch on its words: every phrase looked up in Spanish or German that the resource files
/// lack is written down, and a fourth, pseudo language (<see cref="Pseudo"/>) shows each phrase accented and
/// lengthened, so text that never went through the localizer stands out as plain English.
/// </summary>
public sealed class WordsApp : AppFactory
{
    public const string Pseudo = "qps-Ploc";

    public ConcurrentDictionary<string, byte> Missing { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Single(s => s.ServiceType == typeof(IStringLocalizerFactory));
            services.Remove(real);
            services.AddSingleton<IStringLocalizerFactory>(provider => new WatchedFactory(
                (IStringLocalizerFactory)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), Missing));
            services.PostConfigure<RequestLocalizationOptions>(options =>
            {
                options.SupportedCultures!.Add(new CultureInfo(Pseudo));
                options.SupportedUICultures!.Add(new CultureInfo(Pseudo));
            });
        });
    }

    /// <summary>Accented letters and a longer text, the placeholders kept: "Save" becomes "[Śàvè ~~]".</summary>
    public static string Pseudolocalize(string text)
    {
        const string plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string accented = "àƀçđèƒĝĥìĵķĺɱñòþǫŕśţùṽŵẋýźÀƁÇĐÈƑĜĤÌĴĶĹṀÑÒÞǪŔŚŢÙṼŴẊÝŹ";
        var result = new StringBuilder("[");
        var inPlaceholder = false;
        foreach (var c in text)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            var at = plain.IndexOf(c);
            result.Append(inPlaceholder || at < 0 ? c : accented[at]);
        }
        return result.Append(' ').Append('~', Math.Max(2, text.Length / 3)).Append(']').ToString();
    }

    private sealed class WatchedFactory(IStringLocalizerFactory inner, ConcurrentDictionary<string, byte> missing) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Watched(inner.Create(resourceSource), missing);

        public IStringLocalizer Create(string baseName, string location) => new Watched(inner.Create(baseName, location), missing);
    }

    private sealed class Watched(IStringLocalizer inner, ConcurrentDictionary<string, byte> missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Look(name, inner[name], null);

        public LocalizedString this[string name, params object[] arguments] => Look(name, inner[name], arguments);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Look(string name, LocalizedString found, object[]? arguments)
        {
            var culture = CultureInfo.CurrentUICulture;
            var text = found.Value;
            if (culture.Name == Pseudo)
            {
                text = Pseudolocalize(name);
            }
            else if (found.ResourceNotFound && culture.TwoLetterISOLanguageName != "en")
            {
                missing.TryAdd($"{culture.TwoLetterISOLanguageName}: {name}", 0);
            }
            // In the pseudo language every phrase is found: it is made from its key.
            return new LocalizedString(name, arguments is null ? text : string.Format(CultureInfo.CurrentCulture, text, arguments),
                culture.Name != Pseudo && found.ResourceNotFound);
        }
    }
}
