using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Accounts;

public class CommonPasswordTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    [Fact]
    public void The_list_holds_the_10000_most_common_passwords_and_ignores_case()
    {
        Assert.True(CommonPasswordValidator.IsCommon("123456"));
        Assert.True(CommonPasswordValidator.IsCommon("QWERTY123456"));
        Assert.False(CommonPasswordValidator.IsCommon(TestAccounts.Password));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("LeaveMeAlone")]
    public async Task Registering_with_a_common_password_is_refused_with_a_clear_message(string password)
    {
        var email = NewEmail();

        var page = await (await app.CreateClient().PostFormAsync("/account/register",
            [new("Form.Email", email), new("Form.Password", password), new("Form.ConfirmPassword", password)])).ToDocumentAsync();

        Assert.Equal(CommonPasswordValidator.Message, page.FieldError("Form.Password"));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_with_a_clear_message()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);

        var page = await (await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", TestAccounts.Password), new("Form.NewPassword", "1qaz2wsx3edc"), new("Form.ConfirmNewPassword", "1qaz2wsx3edc")])).ToDocumentAsync();

        Assert.Equal(CommonPasswordValidator.Message, page.FieldError("Form.NewPassword"));
        await app.SignedInAsync(email); // the old password still works
    }
}
