using MassageRoutines.Web.Operations;

namespace MassageRoutines.Web.Tests.Operations;

public class SecretTokensTests
{
    [Theory]
    [InlineData("/kiosk/abc123", "/kiosk/[redacted]")]
    [InlineData("/KIOSK/abc123/", "/KIOSK/[redacted]/")]
    [InlineData("/api/kiosks/abc123/sessions", "/api/kiosks/[redacted]/sessions")]
    [InlineData("/groups/join/abc123", "/groups/join/[redacted]")]
    [InlineData("/kiosk/abc\n[INF] forged", "/kiosk/[redacted]")]
    [InlineData("/kiosk/", "/kiosk/")]
    [InlineData("/coach/kiosks", "/coach/kiosks")]
    [InlineData("/routines/pre-run-full", "/routines/pre-run-full")]
    [InlineData("/account/reset?email=a%40b.c&token=abc123", "/account/reset?email=a%40b.c&token=[redacted]")]
    [InlineData("/account/confirm?userId=7&Code=abc123", "/account/confirm?userId=7&Code=[redacted]")]
    [InlineData("/x?to%6Ben=abc123", "/x?to%6Ben=[redacted]")]
    [InlineData("/account/sign-in?ReturnUrl=%2Fgroups%2Fjoin%2Fabc123", "/account/sign-in?ReturnUrl=%2Fgroups%2Fjoin%2F%5Bredacted%5D")]
    [InlineData("?token=abc123&lang=en", "?token=[redacted]&lang=en")]
    public void Secret_segments_and_query_values_are_redacted_and_nothing_else(string url, string redacted) =>
        Assert.Equal(redacted, SecretTokens.RedactUrl(url));
}
