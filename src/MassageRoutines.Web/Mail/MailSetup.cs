namespace MassageRoutines.Web.Mail;

public static class MailSetup
{
    /// <summary>Mail through the SMTP server in the Email section; with no Email:SmtpHost, none is sent.</summary>
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddHostedService<MailDelivery>();
        return builder;
    }
}
