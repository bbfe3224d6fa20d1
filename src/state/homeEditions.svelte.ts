/**
 * How many editions the home page lists: the newest few, more on demand. Kept for the session,
 * so that back from an article the list is as long as the reader left it (and its scroll fits).
 */
class HomeEditions {
  static readonly first = 3;
  static readonly step = 3;
  count = $state(HomeEditions.first);

  showMore(): void {
    this.count += HomeEditions.step;
  }
}

export const homeEditions = new HomeEditions();
