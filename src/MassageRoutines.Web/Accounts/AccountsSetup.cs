using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Accounts;

/// <summary>ASP.NET Core Identity on our store, with our own pages, two roles and a coach-only /coach.</summary>
public static class AccountsSetup
{
    public const string RunnerRole = "Runner";
    public const string CoachRole = "Coach";
    public const string CoachPolicy = "Coach";
    public const string SignInLimit = "sign-in";
    public const string SignInPath = "/account/sign-in";
    public const int MinPasswordLength = 12;

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Length over composition rules: at least 12 characters, anything goes.
                options.Password.RequiredLength = MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<MassageDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SessionLifetime.StampCheckedEvery);

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events.OnSigningIn = SessionLifetime.StampAsync;
            cookie.Events.OnValidatePrincipal = SessionLifetime.ValidateAsync;
            // The API answers 401 rather than redirecting; anyone signed in without the role gets a 403 page.
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (context.HttpContext.IsApiRequest())
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddAuthorizationBuilder().AddPolicy(CoachPolicy, policy => policy.RequireRole(CoachRole));

        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Posting the form counts; reading it does not.
        builder.Services.AddLimit(SignInLimit, http => HttpMethods.IsPost(http.Request.Method),
            http => http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.AttemptsPerMinute);
        builder.Services.AddScoped<RunnerAccounts>();
        builder.Services.AddScoped<CoachRoles>();
        builder.AddAccountRecovery();

        builder.AddKeyRing();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Makes the roles and the first cookie key; under the start-up lock, so instances starting together share them.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        app.PrepareKeyRing();
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        // Most restarts find both roles: a plain command says so, where RoleManager would compile a query (see StartUpReads).
        var found = await scope.ServiceProvider.GetRequiredService<MassageDbContext>().ScalarAsync(
            """SELECT COUNT(*) FROM "AspNetRoles" WHERE "NormalizedName" IN (@runner, @coach)""", CancellationToken.None,
            ("@runner", roles.NormalizeKey(RunnerRole)!), ("@coach", roles.NormalizeKey(CoachRole)!));
        if (Convert.ToInt32(found) == 2)
        {
            return;
        }
        foreach (var role in new[] { RunnerRole, CoachRole })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
