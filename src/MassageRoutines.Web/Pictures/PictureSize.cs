namespace MassageRoutines.Web.Pictures;

/// <summary>
/// How big a picture is drawn; the stylesheet sizes each kind of picture by the class
/// <c>picture-{kebab size}</c>. Small sits beside a step or a player's move, Normal is a page's
/// picture, Large fills a kiosk screen (and gives the tappable map 64 px targets).
/// </summary>
public enum PictureSize { Small, Normal, Large }
