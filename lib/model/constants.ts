/** Years kept from the IMF workbooks: the article's tables cover 2010–2020; 2000–2009 give context. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2020;

export const FRANCE = "FRA";
export const RUSSIA = "RUS";
export const BELARUS = "BLR";

export const IMF_SOURCE = {
  name: "IMF, Direction of Trade Statistics (DOTS), annual, reporter-declared",
  url: "https://data.imf.org/",
  licence: "IMF Terms of Use: free to reuse with attribution (“Source: IMF Direction of Trade Statistics”)",
};
