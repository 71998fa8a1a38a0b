using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MassageRoutines.Web.Mail;

/// <summary>A plain-text mail to one person.</summary>
public sealed record Letter(string To, string Subject, string Body);

/// <summary>
/// Mail the app sends. A letter is queued and sent in the background, so a page answers in the same
/// time whether or not it sent one (a page that mails only known addresses would otherwise tell who
/// has an account by how long it takes), and an SMTP server that is down fails no request.
/// </summary>
public sealed class Mailer(IOptions<EmailOptions> options)
{
    private readonly Channel<Letter> queue = Channel.CreateBounded<Letter>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Whether an SMTP server is set up (Email:SmtpHost); without one, nothing is sent.</summary>
    public bool IsSetUp => options.Value.IsSetUp;

    public void Send(Letter letter)
    {
        if (IsSetUp)
        {
            queue.Writer.TryWrite(letter);
        }
    }

    internal ChannelReader<Letter> Queue => queue.Reader;
}

/// <summary>Sends the queued letters through the SMTP server, one connection per letter.</summary>
public sealed class MailDelivery(Mailer mailer, IOptions<EmailOptions> options, ILogger<MailDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var letter in mailer.Queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(letter, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The address is personal data: the log names the subject only.
                logger.LogError(e, "Could not send the mail \"{Subject}\" through {SmtpHost}.", letter.Subject, options.Value.SmtpHost);
            }
        }
    }

    private async Task SendAsync(Letter letter, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(letter.To));
        message.Subject = letter.Subject;
        message.Body = new TextPart("plain") { Text = letter.Body };

        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpSecurity switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        }, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
