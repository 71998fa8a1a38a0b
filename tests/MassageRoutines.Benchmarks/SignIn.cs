using System.Net;
using System.Text.RegularExpressions;

namespace MassageRoutines.Benchmarks;

/// <summary>Signs an account in through the sign-in form and prints its cookies, for wrk to send as that runner.</summary>
internal static partial class SignIn
{
    public static async Task<int> RunAsync(Uri baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        var form = await http.GetStringAsync("/account/sign-in");
        var token = Token().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [new("Form.Email", email), new("Form.Password", password), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Console.Error.WriteLine($"Signing in {email} failed: {(int)response.StatusCode}.");
            return 1;
        }
        Console.WriteLine(cookies.GetCookieHeader(baseUrl));
        return 0;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
