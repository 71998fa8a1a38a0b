using System.Text.RegularExpressions;
using MimeKit;

namespace MassageRoutines.Testing;

/// <summary>The app with mail set up, sending to its own <see cref="TestMailServer"/>.</summary>
public sealed partial class MailingApp : AppFactory
{
    public MailingApp() : this(new TestMailServer())
    {
    }

    private MailingApp(TestMailServer mail)
    {
        Mail = mail;
        foreach (var (key, value) in mail.Settings)
        {
            Settings[key] = value;
        }
    }

    public TestMailServer Mail { get; }

    /// <summary>The one link a mail carries.</summary>
    public static string LinkIn(MimeMessage message) => Link().Matches(message.TextBody ?? "").Single().Value;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
