using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// How every form is bound. Whatever a browser (or anyone) posts, each value either binds or becomes
/// an error on its field, in words that name the field; nothing a form posts can make the page fail
/// when it is shown again with the errors. The messages, and the fields' names in them, are in the
/// request's language: the localizer reads the culture each time it is asked.
/// </summary>
public static partial class FormBinding
{
    public static void Configure(MvcOptions options, IStringLocalizer<Words> T)
    {
        options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider(T));
        options.ModelBinderProviders.Insert(0, new CompactListBinderProvider());
        options.ModelMetadataDetailsProviders.Add(new FieldNames(T));

        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => T["{0}: '{1}' is not a value this field takes.", field, Shorten(value)]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["'{0}' is not a value this field takes.", Shorten(value)]);
        messages.SetUnknownValueIsInvalidAccessor(field => T["{0}: the value sent is not one this field takes.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["The value sent is not one this field takes."]);
        messages.SetValueIsInvalidAccessor(value => T["'{0}' is not a value this field takes.", Shorten(value)]);
        messages.SetValueMustBeANumberAccessor(field => T["{0} must be a whole number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T["Enter a whole number."]);
        messages.SetValueMustNotBeNullAccessor(field => T["{0} needs a value.", field]);
        messages.SetMissingBindRequiredValueAccessor(field => T["{0} needs a value.", field]);
        messages.SetMissingKeyOrValueAccessor(() => T["A value is missing."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T["The form is empty."]);
    }

    /// <summary>A hostile value can be long; the message quotes its start.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : $"{value[..40]}…";

    /// <summary>
    /// A checkbox posts "true" (and a hidden "false"); a hand-written form may post "on", HTML's own
    /// default. Anything else is an error on the field, and the value kept for showing the form again
    /// is false, which the checkbox can draw (the framework's own binder keeps the text, and drawing
    /// the checkbox from it throws).
    /// </summary>
    private sealed class CheckboxBinder(IStringLocalizer<Words> T) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var values = context.ValueProvider.GetValue(context.ModelName);
            if (values == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }
            var text = values.FirstValue?.Trim() ?? "";
            bool? value = text.ToLowerInvariant() switch
            {
                "true" or "on" => true,
                "false" => false,
                _ => null,
            };
            context.ModelState.SetModelValue(context.ModelName, value ?? false, (value ?? false).ToString());
            if (value is null)
            {
                context.ModelState.TryAddModelError(context.ModelName,
                    T["{0}: '{1}' is not yes or no.", context.ModelMetadata.GetDisplayName(), Shorten(text)]);
                context.Result = ModelBindingResult.Failed();
            }
            else
            {
                context.Result = ModelBindingResult.Success(value.Value);
            }
            return Task.CompletedTask;
        }
    }

    private sealed class CheckboxBinderProvider(IStringLocalizer<Words> T) : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxBinder(T) : null;
    }

    /// <summary>
    /// A list of form rows (the routine editor's moves) posted with an index that has no fields, like
    /// <c>Items.index=a</c>, gets a null row from the framework's binder; this drops it, so a row is
    /// either posted or absent.
    /// </summary>
    private sealed class CompactListBinder<T>(IModelBinder inner) : IModelBinder where T : class
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result is { IsModelSet: true, Model: List<T> list })
            {
                list.RemoveAll(row => row is null);
            }
        }
    }

    private sealed class CompactListBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = context.Metadata.ModelType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(List<>)
                || type.GetGenericArguments()[0] is not { IsClass: true } row || row == typeof(string)
                || context.Metadata.ElementMetadata is not { IsComplexType: true } element)
            {
                return null;
            }
            var options = context.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MvcOptions>>().Value;
            var loggers = context.Services.GetRequiredService<ILoggerFactory>();
            var inner = Activator.CreateInstance(typeof(CollectionModelBinder<>).MakeGenericType(row),
                context.CreateBinder(element), loggers, true, options)!;
            return (IModelBinder)Activator.CreateInstance(typeof(CompactListBinder<>).MakeGenericType(row), inner)!;
        }
    }

    /// <summary>
    /// "WakeLock" is called "Wake lock" in messages, unless the property names itself with [Display]; in
    /// Spanish or German, the words of "Wake lock" when they have them.
    /// </summary>
    private sealed partial class FieldNames(IStringLocalizer<Words> T) : IDisplayMetadataProvider
    {
        public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
        {
            if (context.Key.MetadataKind == ModelMetadataKind.Property && context.DisplayMetadata.DisplayName is null && context.Key.Name is { } name)
            {
                var words = Words().Replace(name, " $1").ToLowerInvariant();
                var english = char.ToUpperInvariant(words[0]) + words[1..];
                context.DisplayMetadata.DisplayName = () => T[english];
            }
        }

        [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
        private static partial Regex Words();
    }
}
