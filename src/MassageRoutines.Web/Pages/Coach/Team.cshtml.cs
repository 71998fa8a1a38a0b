using System.ComponentModel.DataAnnotations;
using MassageRoutines.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Pages.Coach;

/// <summary>The coaches on this site; a coach makes another account a coach here, takes the role back, or makes a one-time reset link.</summary>
public sealed class TeamModel(UserManager<IdentityUser> users, CoachRoles roles, IOptions<SecurityStampValidatorOptions> stamps, AccountRecovery recovery, IStringLocalizer<Words> words) : PageModel
{
    public IReadOnlyList<IdentityUser> Coaches { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter the email of an account.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the coach role was not taken, beside the list of coaches.</summary>
    public string? RoleProblem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var user = await users.FindByEmailAsync(Email.Trim());
            if (user is null)
            {
                ModelState.AddModelError(nameof(Email), words["No account has that email. Ask them to register first."]);
            }
            else if (await users.IsInRoleAsync(user, AccountsSetup.CoachRole))
            {
                ModelState.AddModelError(nameof(Email), words["{0} is already a coach.", user.Email ?? ""]);
            }
            else
            {
                var result = await users.AddToRoleAsync(user, AccountsSetup.CoachRole);
                if (result.Succeeded)
                {
                    Message = words["{0} is now a coach. They see the Coach pages the next time they sign in.", user.Email ?? ""];
                    return RedirectToPage();
                }
                ModelState.AddModelError(string.Empty, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Takes the coach role from an account (their own too), unless it is the last coach's.</summary>
    public async Task<IActionResult> OnPostTakeRoleAsync(string? coach)
    {
        var (outcome, account) = await roles.TakeAsync(coach ?? "", HttpContext.RequestAborted);
        switch (outcome)
        {
            case CoachRoleTaken.NotACoach:
                return NotFound();
            case CoachRoleTaken.LastCoach:
                // Not the "Make coach" form's problem: its email was not posted.
                ModelState.Clear();
                RoleProblem = words[CoachAccounts.LastCoachMessage];
                await LoadAsync();
                return Page();
            default:
                var within = stamps.Value.ValidationInterval;
                Message = within <= TimeSpan.FromMinutes(1)
                    ? words["{0} is no longer a coach. The Coach pages close to them within a minute.", NameOf(account!)]
                    : words["{0} is no longer a coach. The Coach pages close to them within {1} minutes.", NameOf(account!), Math.Ceiling(within.TotalMinutes)];
                return RedirectToPage();
        }
    }

    public static string NameOf(IdentityUser account) => account.Email ?? account.UserName ?? account.Id;

    // A reset link for someone who cannot get in (the way back when the site sends no mail).

    public ResetLinkForm ResetLink { get; private set; } = new();

    /// <summary>The link just made: shown once, on this answer only.</summary>
    public string? MadeResetLink { get; private set; }

    /// <summary>Bound here rather than as a property, so the other forms of the page never bind it.</summary>
    public async Task<IActionResult> OnPostResetLinkAsync([Bind(Prefix = nameof(ResetLink))] ResetLinkForm form)
    {
        ResetLink = form;
        // The form above has a field of its own, not posted with this one.
        ModelState.Remove(nameof(Email));
        if (ModelState.IsValid)
        {
            MadeResetLink = await recovery.ResetLinkForAsync(Request, ResetLink.Email);
            if (MadeResetLink is null)
            {
                ModelState.AddModelError("ResetLink.Email", words["No account has that email."]);
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Coaches = (await users.GetUsersInRoleAsync(AccountsSetup.CoachRole)).OrderBy(NameOf).ToList();
}

public sealed class ResetLinkForm
{
    [Required(ErrorMessage = "Enter the email of an account.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string Email { get; set; } = "";
}
