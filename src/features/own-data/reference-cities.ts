/**
 * REFERENCE DATA, not from any source text: cities a user's row may name without giving
 * coordinates, with their coordinates (WGS 84) and country (an id of reference-countries.ts).
 * The cities of the bundled SCO dataset (public/data/sco-2012-beijing.json `reference.cities`)
 * and of the synthetic benchmark data (scripts/bench/synthetic-reference.ts), with the same
 * ids and coordinates, and other names they are often written with (former names, Russian).
 * Loaded only by the worker that reads a user's file.
 *
 * One string per city: `id|name|countryId|lat|lon|alias;alias`.
 */

// prettier-ignore
export const CITY_TABLE: readonly string[] = [
  'astana|Astana|kazakhstan|51.1694|71.4491|Nur-Sultan;Akmola;Астана',
  'almaty|Almaty|kazakhstan|43.222|76.8512|Alma-Ata;Алматы;Алма-Ата',
  'shymkent|Shymkent|kazakhstan|42.3417|69.5901|Chimkent',
  'aktau|Aktau|kazakhstan|43.6532|51.1975|',
  'beijing|Beijing|china|39.9042|116.4074|Peking;Пекин;北京',
  'shanghai|Shanghai|china|31.2304|121.4737|Шанхай;上海',
  'qingdao|Qingdao|china|36.0671|120.3826|Циндао',
  "xian|Xi'an|china|34.3416|108.9398|Сиань",
  'urumqi|Urumqi|china|43.8256|87.6168|Урумчи',
  'tianjin|Tianjin|china|39.3434|117.3616|Тяньцзинь',
  'bishkek|Bishkek|kyrgyzstan|42.8746|74.5698|Frunze;Бишкек',
  'cholpon-ata|Cholpon-Ata|kyrgyzstan|42.6493|77.0827|Чолпон-Ата',
  'osh|Osh|kyrgyzstan|40.514|72.8161|Ош',
  'moscow|Moscow|russia|55.7558|37.6173|Москва',
  'st-petersburg|St. Petersburg|russia|59.9386|30.3141|Saint Petersburg;Sankt-Peterburg;Leningrad;Санкт-Петербург',
  'yekaterinburg|Yekaterinburg|russia|56.8389|60.6057|Ekaterinburg;Екатеринбург',
  'ufa|Ufa|russia|54.7388|55.9721|Уфа',
  'chelyabinsk|Chelyabinsk|russia|55.1644|61.4368|Челябинск',
  'novosibirsk|Novosibirsk|russia|55.0084|82.9357|Новосибирск',
  'kazan|Kazan|russia|55.7963|49.1088|Казань',
  'sochi|Sochi|russia|43.5855|39.7231|Сочи',
  'dushanbe|Dushanbe|tajikistan|38.5598|68.787|Душанбе',
  'khujand|Khujand|tajikistan|40.2826|69.6222|Khodjent;Худжанд',
  'tashkent|Tashkent|uzbekistan|41.2995|69.2401|Toshkent;Ташкент',
  'samarkand|Samarkand|uzbekistan|39.627|66.975|Samarqand;Самарканд',
  'bukhara|Bukhara|uzbekistan|39.7747|64.4286|Buxoro;Бухара',
  'new-delhi|New Delhi|india|28.6139|77.209|Нью-Дели',
  'panaji|Panaji|india|15.4909|73.8278|Panjim',
  'mumbai|Mumbai|india|19.076|72.8777|Bombay',
  'islamabad|Islamabad|pakistan|33.6844|73.0479|Исламабад',
  'karachi|Karachi|pakistan|24.8607|67.0011|',
  'tehran|Tehran|iran|35.6892|51.389|Тегеран',
  'isfahan|Isfahan|iran|32.6546|51.668|Esfahan',
  'minsk|Minsk|belarus|53.9006|27.559|Минск',
  'ulaanbaatar|Ulaanbaatar|mongolia|47.8864|106.9057|Ulan Bator;Улан-Батор',
  'ashgabat|Ashgabat|turkmenistan|37.9601|58.3261|Ashkhabad;Ашхабад',
  'ankara|Ankara|turkey|39.9334|32.8597|',
  'istanbul|Istanbul|turkey|41.0082|28.9784|',
  'baku|Baku|azerbaijan|40.4093|49.8671|Баку',
  'yerevan|Yerevan|armenia|40.1792|44.4991|Ереван',
];
