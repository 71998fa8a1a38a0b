namespace MassageRoutines.Browser.Tests.PageObjects;

public sealed class SignInPage(IPage page) : SitePage(page)
{
    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        return new(page);
    }

    public ILocator Email => Page.GetByLabel("Email");
    public ILocator Password => Page.GetByLabel("Password", new() { Exact = true });
    public ILocator SignIn => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
    public ILocator Alert => Page.GetByRole(AriaRole.Alert);

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignIn.ClickAsync();
    }
}

public sealed class CoachPages(IPage page) : SitePage(page)
{
    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });
    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
    public ILocator Status => Page.GetByRole(AriaRole.Status);

    /// <summary>A routine item's card, found by its move's name.</summary>
    public ILocator Item(string move) => Page.GetByRole(AriaRole.Listitem).Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = move, Exact = true }) });
}
